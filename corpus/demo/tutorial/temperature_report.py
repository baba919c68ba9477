# A small class that records temperatures and reports the extremes and trend.
class Thermometer:
    def __init__(self, unit='C'):
        self.unit = unit
        self.readings = []

    def record(self, value):
        self.readings.append(value)

    def trend(self):
        if len(self.readings) < 2:
            return 'unknown'
        diff = self.readings[-1] - self.readings[0]
        return 'rising' if diff > 0 else 'falling' if diff < 0 else 'steady'


def temperature_report(values):
    t = Thermometer()
    for v in values:
        t.record(v)
    return min(t.readings), max(t.readings), t.trend()
