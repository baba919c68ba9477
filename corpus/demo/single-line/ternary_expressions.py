# Picks values with conditional expressions.
temperature = 28
rain = False
clothing = 'shorts' if temperature > 25 else 'jacket'
umbrella = 'yes' if rain else 'no'
level = 'hot' if temperature > 30 else 'warm' if temperature > 20 else 'cold'
fan = temperature > 26 and not rain
print(clothing, umbrella, level, fan)
