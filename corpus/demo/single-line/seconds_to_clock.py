# Converts seconds since midnight to a 12-hour clock string.
def seconds_to_clock(seconds):
    hour, rest = divmod(seconds, 3600)
    minute = rest // 60
    suffix = 'am' if hour < 12 else 'pm'
    hour12 = hour % 12 or 12
    return f'{hour12}:{minute:02d} {suffix}'
