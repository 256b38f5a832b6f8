"""Ippo's core: storage, services, charts and reports. Never imports Qt."""

__version__ = "0.1.0"

