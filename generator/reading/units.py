"""Units of measure and counted nouns: a generic table, not tied to any topic."""

from __future__ import annotations

UNITS: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilometer", "kilometers", "kilometre", "kilometres"),
    "m": ("m", "meter", "meters", "metre", "metres"),
    "mi": ("mi", "mile", "miles"),
    "nmi": ("nmi", "nautical mile", "nautical miles"),
    "kg": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"),
    "t": ("t", "tonne", "tonnes", "ton", "tons"),
    "s": ("s", "sec", "second", "seconds"),
    "min": ("min", "minute", "minutes"),
    "h": ("h", "hour", "hours"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "km/h": ("km/h", "kph", "kilometers per hour", "kilometres per hour"),
    "m/s": ("m/s", "meters per second", "metres per second"),
    "mach": ("mach",),
    "percent": ("%", "percent", "per cent"),
    "target": ("target", "targets"),
    "missile": ("missile", "missiles"),
    "system": ("system", "systems"),
    "battery": ("battery", "batteries"),
    "launcher": ("launcher", "launchers"),
    "aircraft": ("aircraft",),
    "unit": ("unit", "units"),
}
UNIT_ALIASES = {alias: unit for unit, aliases in UNITS.items() for alias in aliases}
