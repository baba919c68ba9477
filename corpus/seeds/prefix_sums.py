prefix = [0]
for x in nums:
    prefix.append(prefix[-1] + x)
