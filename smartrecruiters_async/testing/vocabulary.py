"""The words and places the fake server's seeded data is made of."""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "CITIES",
    "CUSTOM_FIELDS",
    "DEPARTMENTS",
    "EMPLOYMENT_TYPES",
    "EXPERIENCE_LEVELS",
    "FIRST_NAMES",
    "FUNCTIONS",
    "INDUSTRIES",
    "LANGUAGES",
    "LAST_NAMES",
    "ROLES",
    "SENIORITIES",
    "City",
    "CustomField",
]


class City(NamedTuple):
    """A place postings are located in; ``languages`` are the ad languages used there."""

    country: str
    region: str
    city: str
    latitude: str
    longitude: str
    languages: tuple[str, ...]


CITIES: tuple[City, ...] = (
    City("us", "CA", "San Francisco", "37.7749295", "-122.4194155", ("en",)),
    City("us", "CA", "Los Angeles", "34.0522342", "-118.2436849", ("en",)),
    City("us", "NY", "New York", "40.7127753", "-74.0059728", ("en",)),
    City("us", "TX", "Austin", "30.267153", "-97.7430608", ("en",)),
    City("us", "WA", "Seattle", "47.6062095", "-122.3320708", ("en",)),
    City("us", "IL", "Chicago", "41.8781136", "-87.6297982", ("en",)),
    City("de", "Berlin", "Berlin", "52.5200066", "13.404954", ("de", "en")),
    City("de", "Bayern", "München", "48.1351253", "11.5819806", ("de", "en")),
    City("de", "Hamburg", "Hamburg", "53.5510846", "9.9936819", ("de",)),
    City("fr", "Île-de-France", "Paris", "48.856614", "2.3522219", ("fr", "en")),
    City("fr", "Auvergne-Rhône-Alpes", "Lyon", "45.764043", "4.835659", ("fr",)),
    City("gb", "England", "London", "51.5072178", "-0.1275862", ("en",)),
    City("gb", "England", "Manchester", "53.4807593", "-2.2426305", ("en",)),
    City("gb", "Scotland", "Edinburgh", "55.953252", "-3.188267", ("en",)),
    City("pl", "Mazowieckie", "Warszawa", "52.2296756", "21.0122287", ("pl", "en")),
    City("pl", "Małopolskie", "Kraków", "50.0646501", "19.9449799", ("pl", "en")),
)

LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "English (US)"),
    "de": ("German", "Deutsch"),
    "fr": ("French", "Français"),
    "pl": ("Polish", "Polski"),
}
"""Language code -> (label, native label)."""

DEPARTMENTS: tuple[tuple[str, str, str], ...] = (
    ("1049611", "Engineering", "Builds and runs the product."),
    ("1049612", "Product", "Decides what gets built."),
    ("1049613", "Sales", "Finds and closes customers."),
    ("1049614", "Marketing", "Tells the world."),
    ("1049615", "Customer Success", "Keeps customers happy."),
    ("1049616", "Finance", "Counts the money."),
    ("1049617", "People", "Hires and cares for employees."),
    ("1049618", "Legal", "Keeps everyone out of trouble."),
    ("1049619", "Operations", "Makes the company run."),
    ("1049620", "Design", "Makes it usable and beautiful."),
)
"""(id, label, description) of the departments postings belong to."""

ROLES: dict[str, tuple[str, ...]] = {
    "Engineering": (
        "Backend Engineer",
        "Frontend Engineer",
        "Site Reliability Engineer",
        "Data Engineer",
        "QA Engineer",
    ),
    "Product": ("Product Manager", "Product Analyst", "Technical Product Owner"),
    "Sales": ("Account Executive", "Sales Development Representative", "Sales Engineer"),
    "Marketing": ("Content Marketer", "Growth Marketing Manager", "Brand Designer"),
    "Customer Success": ("Customer Success Manager", "Support Specialist", "Onboarding Lead"),
    "Finance": ("Financial Analyst", "Accountant", "Payroll Specialist"),
    "People": ("Recruiter", "People Partner", "Talent Sourcer"),
    "Legal": ("Legal Counsel", "Paralegal", "Privacy Officer"),
    "Operations": ("Office Manager", "Operations Analyst", "Procurement Specialist"),
    "Design": ("Product Designer", "UX Researcher", "Visual Designer"),
}

SENIORITIES: tuple[str, ...] = ("Junior", "", "", "Senior", "Staff", "Lead")

FUNCTIONS: dict[str, tuple[str, str]] = {
    "Engineering": ("engineering", "Engineering"),
    "Product": ("product_management", "Product Management"),
    "Sales": ("sales", "Sales"),
    "Marketing": ("marketing", "Marketing"),
    "Customer Success": ("customer_service", "Customer Service"),
    "Finance": ("finance", "Finance"),
    "People": ("human_resources", "Human Resources"),
    "Legal": ("legal", "Legal"),
    "Operations": ("administrative", "Administrative"),
    "Design": ("design", "Design"),
}

INDUSTRIES: tuple[tuple[str, str], ...] = (
    ("computer_software", "Computer Software"),
    ("internet", "Internet"),
    ("information_technology_and_services", "Information Technology And Services"),
)

EMPLOYMENT_TYPES: tuple[tuple[str, str], ...] = (
    ("permanent", "Full-time"),
    ("permanent", "Full-time"),
    ("permanent", "Full-time"),
    ("part_time", "Part-time"),
    ("contract", "Contract"),
    ("internship", "Internship"),
)

EXPERIENCE_LEVELS: dict[str, tuple[str, str]] = {
    "Junior": ("entry_level", "Entry Level"),
    "": ("associate", "Associate"),
    "Senior": ("mid_senior_level", "Mid-Senior Level"),
    "Staff": ("mid_senior_level", "Mid-Senior Level"),
    "Lead": ("director", "Director"),
}


class CustomField(NamedTuple):
    """A company-defined posting field and its possible values ``(valueId, valueLabel)``."""

    field_id: str
    field_label: str
    values: tuple[tuple[str, str], ...]


CUSTOM_FIELDS: tuple[CustomField, ...] = (
    CustomField(
        "5c0e4f7de4b0a6e8a1b2c3d4",
        "Brand",
        (("acme-core", "Acme Core"), ("acme-labs", "Acme Labs"), ("acme-cloud", "Acme Cloud")),
    ),
    CustomField(
        "5c0e4f7de4b0a6e8a1b2c3d5",
        "Cost Center",
        (("cc-100", "CC 100 - R&D"), ("cc-200", "CC 200 - G&A"), ("cc-300", "CC 300 - S&M")),
    ),
    CustomField(
        "5c0e4f7de4b0a6e8a1b2c3d6",
        "Hiring Program",
        (("graduate", "Graduate Program"), ("returnship", "Returnship"), ("regular", "Regular")),
    ),
)

FIRST_NAMES: tuple[str, ...] = (
    "Anna",
    "Ben",
    "Chloé",
    "Dariusz",
    "Emma",
    "François",
    "Greta",
    "Hiroshi",
    "Isabel",
    "Jürgen",
    "Kasia",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Piotr",
    "Quentin",
    "Rosa",
    "Sam",
    "Zoë",
)

LAST_NAMES: tuple[str, ...] = (
    "Anderson",
    "Bauer",
    "Chen",
    "Dubois",
    "Evans",
    "Fischer",
    "García",
    "Hoffmann",
    "Kowalski",
    "Lefèvre",
    "Martin",
    "Nowak",
    "O'Brien",
    "Schmidt",
    "Smith",
    "Wiśniewski",
)
