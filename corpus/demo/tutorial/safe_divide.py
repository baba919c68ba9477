# Divides two numbers, returning None instead of failing on division by zero or bad types.
def safe_divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        return None
    except TypeError:
        return 'not numbers'
    else:
        return round(result, 4)
