# Decides whether a year is a leap year in the Gregorian calendar.
def is_leap_year(year):
    by_four = year % 4 == 0
    by_hundred = year % 100 == 0
    by_four_hundred = year % 400 == 0
    leap = by_four and (not by_hundred or by_four_hundred)
    return leap
