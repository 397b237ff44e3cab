"""stub"""
def find_aspects(text, sentences, figures):
    return []
def overall_sentiment(aspects):
    return "neutral", 0.0, ""
