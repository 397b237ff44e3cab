"""Round 7 (figures): statistics printed as 'label number' one cell a line — RAG summary rows and repeated rows
of a second area's table. Sentences written for these tests."""

from minutesai.engines.offline.statlines import find_stat_line_figures


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
