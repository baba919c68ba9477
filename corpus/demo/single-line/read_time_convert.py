# Reads a number of seconds and prints it as hours, minutes and seconds.
seconds = int(input())
hours = seconds // 3600
seconds %= 3600
minutes = seconds // 60
seconds %= 60
stamp = f'{hours:02d}:{minutes:02d}:{seconds:02d}'
print(stamp)
