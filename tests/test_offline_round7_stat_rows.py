"""Round 7 (figures): statistics printed as 'label number' — flattened one-line rows, RAG summary rows, and
repeated rows of a second area's table. Sentences written for these tests."""

from minutesai.engines.offline.figures import extract_figures
from minutesai.engines.offline.flat_stat_rows import with_flat_rows
from minutesai.engines.offline.sentences import split_sentences
from minutesai.engines.offline.statlines import find_stat_line_figures


def _figures(text: str):
    return extract_figures(text, split_sentences(text))


def _flat(text: str):
    return with_flat_rows(text, [], [])[0]


def test_flattened_row_gives_one_figure_per_label():
    text = ("Police summary\n\nRecorded offences this period 2310 Solved for the same period 812 "
            "Penalty Notices issued 96 Solved 35%\n\nThe sergeant thanked residents.")
    figs = {(f.value, f.unit) for f in _flat(text)}
    assert figs == {(2310.0, "count"), (812.0, "count"), (96.0, "count"), (35.0, "percent")}
    quotes = {f.quote for f in _flat(text)}
    assert "Penalty Notices issued 96" in quotes and "Solved 35%" in quotes
    assert {2310.0, 812.0, 96.0, 35.0} <= {f.value for f in _figures(text)}


def test_flattened_row_of_crime_types():
    text = "Figures this month\nVehicle crime 14 Shoplifting 22 Criminal damage 9\n"
    assert sorted(f.value for f in _flat(text)) == [9.0, 14.0, 22.0]


def test_prose_sentence_is_not_a_flattened_row():
    text = "Burglary rose to 14 this month and shoplifting fell to 22 offences.\n"
    assert _flat(text) == []


def test_row_of_identifiers_is_not_figures():
    text = ("Agenda Item 7 Page 31 Appendix 2\nContact Tel 01632 960123 Room 4 Quarter 3 Priority 2\n"
            "Meeting Monday 14 March 2022\nPolice budget £1,200 Crime grant £300\n")
    assert _flat(text) == []


def test_one_named_label_is_not_a_row():
    text = "Ward councillors 3 Members present 9 Burglary 4\n"
    assert _flat(text) == []


def test_lone_label_and_number_is_not_a_row():
    text = "Shoplifting 22\n"
    assert _flat(text) == []


def test_rag_summary_rows_are_counts_of_graded_indicators():
    text = "Indicator grades\n\nThis quarter\n\nLast quarter\n\nGreen\n\n6\n\n8\n\nAmber\n\n5\n\n3\n\nRed\n\n1\n\n1\n"
    figs = {f.metric: (f.value, f.direction) for f in find_stat_line_figures(text)[0]}
    assert figs["indicators graded Green"] == (6.0, "decrease")
    assert figs["indicators graded Amber"] == (5.0, "increase")


def test_colour_word_that_is_a_place_is_not_a_rag_row():
    text = "Venue\n\nBethnal Green\n\n12\n\nParsons Green\n\n4\n"
    assert find_stat_line_figures(text)[0] == []


def test_repeated_row_of_second_area_quotes_on_to_next_row():
    text = ("North ward\n\nShoplifting\n\n5\n\nVehicle crime\n\n7\n\n"
            "South ward\n\nShoplifting\n\n5\n\nVehicle crime\n\n12\n")
    quotes = [f.quote for f in find_stat_line_figures(text)[0] if f.value == 5.0]
    assert len(quotes) == 2
    assert quotes[0] == "Shoplifting\n\n5"
    assert quotes[1] == "Shoplifting\n\n5\n\nVehicle crime\n\n12"
    assert text.find(quotes[1]) > text.find("South ward")


def test_distinct_rows_keep_their_own_quotes():
    text = "North ward\n\nShoplifting\n\n5\n\nVehicle crime\n\n7\n\nSouth ward\n\nShoplifting\n\n6\n\nVehicle crime\n\n12\n"
    assert all("\n\nVehicle" not in f.quote for f in find_stat_line_figures(text)[0])


def test_measure_named_labels_before_identifiers_are_not_figures():
    assert _flat("Burglary offences Item 6 Vehicle crime Paragraph 4\n") == []
    assert _flat("Shoplifting reports Monday 14 Burglary forum Friday 9\n") == []
    assert _flat("Crime figures 2019 Burglary figures 2020\n") == []


def test_prose_line_without_full_stop_is_not_a_row():
    text = "Total offences in the district [report p.12] were 9,870 offences amounting to 88.1 offences per 1,000\n"
    assert _flat(text) == []
    assert _flat("Vehicle crime 14 incidents Shoplifting 22 reports\n") == []
