"""Model parts made from values that are already valid: no validation again, and little memory.

The builder checks every value as it reads it, with messages for people;
pydantic's validation would repeat that work for each of the tens of thousands
of parts a large theory has, and each part would hold its own table of field
names twice over (its fields, and the set of those given). A part made here is
the model validation makes of the same values (the tests hold the builder to
that), with two savings that change nothing one can see:

- its fields sit in a dictionary that shares its table of names with every
  other part of its class (CPython's split tables, as an ordinary object's
  attributes do), so only the values are its own;
- the set of the fields it was given is shared with the parts given the same
  ones, until a field is assigned (`Located.__setattr__` then gives the part
  its own copy, as pydantic adds the name to it).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

_new, _set = object.__new__, object.__setattr__
# A part's four slots, filled through their descriptors (a name lookup fewer than setattr).
_set_fields = BaseModel.__dict__["__dict__"].__set__
_set_given = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__

Model = TypeVar("Model", bound=BaseModel)


class SharedNames(set[str]):
    """The names of the fields some parts were given, one set for all of them: never changed in place."""


class _Template:
    """Per class: every field at its default in a dictionary with a shared table of names, the
    fields whose default is a new list, and the private attributes at their defaults."""

    def __init__(self, cls: type[BaseModel]) -> None:
        holder = type(f"{cls.__name__}Fields", (), {})()
        self.fresh_lists: tuple[str, ...] = ()
        for name, field in cls.model_fields.items():
            default = None if field.is_required() else field.default
            if field.default_factory is not None:
                if field.default_factory is not list:
                    raise TypeError(f"{cls.__name__}.{name}: only a new list is made for a default")
                self.fresh_lists += (name,)
                default = None
            setattr(holder, name, default)
        # An ordinary object's attributes: a dictionary whose copies share its table of names.
        self.fields: dict[str, Any] = holder.__dict__
        self.private = {name: attribute.get_default()
                        for name, attribute in cls.__private_attributes__.items()}
        # The shared sets of given fields, by the names in the order they were given.
        self.names: dict[tuple[str, ...], SharedNames] = {}


_TEMPLATES: dict[type, _Template] = {}


def make(cls: type[Model], values: dict[str, Any]) -> Model:
    """A part of class `cls` with `values` (all valid) for the fields they name and defaults for the rest."""
    template = _TEMPLATES.get(cls)
    if template is None:
        template = _TEMPLATES[cls] = _Template(cls)
    made = _new(cls)
    fields = template.fields.copy()
    fields.update(values)
    for name in template.fresh_lists:
        if name not in values:
            fields[name] = []
    given = tuple(values)
    names = template.names.get(given)
    if names is None:
        names = template.names[given] = SharedNames(given)
    _set_fields(made, fields)
    _set_given(made, names)
    _set_extra(made, None)
    _set_private(made, dict(template.private) if template.private else None)
    return made


def own_names(part: BaseModel) -> None:
    """Before a field of a part is assigned: give it its own set of given fields, if it shares one."""
    if type(part.__pydantic_fields_set__) is SharedNames:
        _set(part, "__pydantic_fields_set__", set(part.__pydantic_fields_set__))
