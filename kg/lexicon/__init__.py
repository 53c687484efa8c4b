"""Generic lexicons (administrative divisions, post titles, surnames, domain terms).

Every list here is generic knowledge of the genre or derived from a named open
source (see the header of each data file under ``kg/data/``); none names the
entities of any particular report.
"""
