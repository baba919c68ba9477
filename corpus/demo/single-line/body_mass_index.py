# Computes a body mass index from weight in kilograms and height in centimetres.
def body_mass_index(weight, height_cm):
    metres = height_cm / 100
    squared = metres * metres
    bmi = weight / squared
    rounded = round(bmi, 1)
    return rounded
