"""The include rule as a property: whatever path a `use` line spells, it is allowed only inside the project."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toc.language.access import Access, NotATheory, OutsideProject, SettingsProblem, check_include, parse_size

PROJECT = "/work/project/plans"
PARTS = st.lists(st.sampled_from(["..", ".", "", "shared", "plans", "project", "work", "x.toc", "etc"]),
                 max_size=6)


@given(PARTS, st.booleans())
def test_only_toc_files_inside_the_folders_are_allowed(parts: list[str], absolute: bool) -> None:
    spelled = ("/" if absolute else "") + "/".join([*parts, "file.toc"])
    target = os.path.normpath(os.path.join(PROJECT, spelled))
    folders = Access().folders(PROJECT)
    try:
        check_include(target, folders)
    except OutsideProject:
        assert not (target + "/").startswith(PROJECT + "/")
    else:
        assert target.startswith(PROJECT + "/")


def test_a_configured_root_widens_the_folders_and_nothing_else() -> None:
    folders = Access(root="/work/project").folders(PROJECT)
    check_include("/work/project/shared/actors.toc", folders)
    with pytest.raises(OutsideProject):
        check_include("/work/other/actors.toc", folders)
    with pytest.raises(OutsideProject):
        check_include("/work/project-secrets/actors.toc", folders)  # a prefix is not a folder
    with pytest.raises(NotATheory):
        check_include("/work/project/notes.txt", folders)


@pytest.mark.parametrize(("value", "size"), [(1000, 1000), ("8 MB", 8_000_000), ("500 kB", 500_000),
                                              ("1.5 GB", 1_500_000_000), ("20MB", 20_000_000)])
def test_sizes_are_read_as_people_write_them(value: object, size: int) -> None:
    assert parse_size(value, "toc.toml") == size


@pytest.mark.parametrize("value", [0, -5, True, "lots", "8 MiB", "1.2.3 MB", "", None])
def test_a_size_that_is_no_size_is_a_settings_problem(value: object) -> None:
    with pytest.raises(SettingsProblem):
        parse_size(value, "toc.toml")
