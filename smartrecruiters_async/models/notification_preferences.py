"""Notification preferences API: only the channel is published; bodies are raw JSON."""

from __future__ import annotations

import enum

__all__ = ["NotificationChannel"]


class NotificationChannel(enum.Enum):
    """Where an employee is notified (``channel`` of ``GET /employee-preferences``)."""

    SLACK = "SLACK"
    TEAMS = "TEAMS"
    EMAIL = "EMAIL"
