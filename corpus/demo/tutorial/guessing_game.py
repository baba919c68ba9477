# Simulates a guessing game where the player halves the range after each hint.
secret = 37
low, high = 1, 100
tries = 0
while True:
    guess = (low + high) // 2
    tries += 1
    if guess == secret:
        print('got it:', guess, 'in', tries, 'tries')
        break
    elif guess < secret:
        print(guess, 'too low')
        low = guess + 1
    else:
        print(guess, 'too high')
        high = guess - 1
