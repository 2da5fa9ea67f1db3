"""Label translations as the configuration resources take them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ...models.configuration import LabelTranslation
from .._values import instance_of


def translations_body(
    translations: Mapping[str, str] | Sequence[LabelTranslation],
) -> list[LabelTranslation]:
    """Translations as the wire list, from ``{"de": "Abteilung"}`` or ``LabelTranslation``s."""
    if isinstance(translations, Mapping):
        items = [LabelTranslation(language=k, label=v) for k, v in translations.items()]
    elif isinstance(translations, Sequence) and not isinstance(translations, str):
        items = [instance_of(t, LabelTranslation, "each translation") for t in translations]
    else:
        raise TypeError("translations must be a mapping of language to label, or a list")
    if not items:
        raise ValueError("translations must not be empty")
    for item in items:
        if not isinstance(item.language, str) or not item.language.strip():
            raise ValueError("every translation needs a non-empty language code")
        if not isinstance(item.label, str) or not item.label.strip():
            raise ValueError(f"the {item.language!r} translation needs a non-empty label")
    return items
