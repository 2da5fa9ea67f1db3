"""Typed models of the API's objects: frozen attrs classes, one module per API group."""

from .common import IdLabel, Location
from .postings import (
    Department,
    Departments,
    JobAd,
    JobAdSection,
    Posting,
    PostingCompany,
    PostingCreator,
    PostingCustomField,
    PostingLanguage,
    Visibility,
)

__all__ = [
    "Department",
    "Departments",
    "IdLabel",
    "JobAd",
    "JobAdSection",
    "Location",
    "Posting",
    "PostingCompany",
    "PostingCreator",
    "PostingCustomField",
    "PostingLanguage",
    "Visibility",
]
