from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignViewData")


@_attrs_define
class CampaignViewData:
    """View state of the campaign listing. `view_*` hold the defaults (strings, or the caller's experimenter id for
    `view_mine`/`view_others`) or the echoed form values; `authorized*` run parallel to `tl` and are absent when `tl` is
    empty.

        Attributes:
            watching (list[int] | Unset): Ids of the campaigns the caller watches.
            view_active (int | None | str | Unset):
            view_inactive (int | None | str | Unset):
            view_mine (int | None | str | Unset):
            view_others (int | None | str | Unset):
            view_analysis (int | None | str | Unset):
            view_production (int | None | str | Unset):
            authorized (list[bool] | Unset): May the caller modify each campaign.
            authorized_shifter (list[bool] | Unset): Always true (server bug).
    """

    watching: list[int] | Unset = UNSET
    view_active: int | None | str | Unset = UNSET
    view_inactive: int | None | str | Unset = UNSET
    view_mine: int | None | str | Unset = UNSET
    view_others: int | None | str | Unset = UNSET
    view_analysis: int | None | str | Unset = UNSET
    view_production: int | None | str | Unset = UNSET
    authorized: list[bool] | Unset = UNSET
    authorized_shifter: list[bool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        watching: list[int] | Unset = UNSET
        if not isinstance(self.watching, Unset):
            watching = self.watching

        view_active: int | None | str | Unset
        if isinstance(self.view_active, Unset):
            view_active = UNSET
        else:
            view_active = self.view_active

        view_inactive: int | None | str | Unset
        if isinstance(self.view_inactive, Unset):
            view_inactive = UNSET
        else:
            view_inactive = self.view_inactive

        view_mine: int | None | str | Unset
        if isinstance(self.view_mine, Unset):
            view_mine = UNSET
        else:
            view_mine = self.view_mine

        view_others: int | None | str | Unset
        if isinstance(self.view_others, Unset):
            view_others = UNSET
        else:
            view_others = self.view_others

        view_analysis: int | None | str | Unset
        if isinstance(self.view_analysis, Unset):
            view_analysis = UNSET
        else:
            view_analysis = self.view_analysis

        view_production: int | None | str | Unset
        if isinstance(self.view_production, Unset):
            view_production = UNSET
        else:
            view_production = self.view_production

        authorized: list[bool] | Unset = UNSET
        if not isinstance(self.authorized, Unset):
            authorized = self.authorized

        authorized_shifter: list[bool] | Unset = UNSET
        if not isinstance(self.authorized_shifter, Unset):
            authorized_shifter = self.authorized_shifter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if watching is not UNSET:
            field_dict["watching"] = watching
        if view_active is not UNSET:
            field_dict["view_active"] = view_active
        if view_inactive is not UNSET:
            field_dict["view_inactive"] = view_inactive
        if view_mine is not UNSET:
            field_dict["view_mine"] = view_mine
        if view_others is not UNSET:
            field_dict["view_others"] = view_others
        if view_analysis is not UNSET:
            field_dict["view_analysis"] = view_analysis
        if view_production is not UNSET:
            field_dict["view_production"] = view_production
        if authorized is not UNSET:
            field_dict["authorized"] = authorized
        if authorized_shifter is not UNSET:
            field_dict["authorized_shifter"] = authorized_shifter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _watching = d.pop("watching", UNSET)
        watching: list[int] | Unset = UNSET
        if _watching is not UNSET:
            watching = []
            for watching_item_data in _watching:
                watching_item = watching_item_data
                if not (
                    isinstance(watching_item, int)
                    and not isinstance(watching_item, bool)
                    and -(2**63) <= watching_item < 2**63
                ):
                    raise TypeError("watching_item: expected a 64-bit integer, got " + type(watching_item).__name__)

                watching.append(watching_item)

        def _parse_view_active(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                view_active_type_0 = data
                if not (isinstance(view_active_type_0, str)):
                    raise TypeError("view_active: expected a string, got " + type(view_active_type_0).__name__)

                return view_active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                view_active_type_1 = data
                if not (
                    isinstance(view_active_type_1, int)
                    and not isinstance(view_active_type_1, bool)
                    and -(2**63) <= view_active_type_1 < 2**63
                ):
                    raise TypeError("view_active: expected a 64-bit integer, got " + type(view_active_type_1).__name__)

                return view_active_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            view_active_type_2 = data
            if not (view_active_type_2 is None):
                raise TypeError("view_active: expected the documented type, got " + type(view_active_type_2).__name__)

            return view_active_type_2

        view_active = _parse_view_active(d.pop("view_active", UNSET))

        def _parse_view_inactive(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                view_inactive_type_0 = data
                if not (isinstance(view_inactive_type_0, str)):
                    raise TypeError("view_inactive: expected a string, got " + type(view_inactive_type_0).__name__)

                return view_inactive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                view_inactive_type_1 = data
                if not (
                    isinstance(view_inactive_type_1, int)
                    and not isinstance(view_inactive_type_1, bool)
                    and -(2**63) <= view_inactive_type_1 < 2**63
                ):
                    raise TypeError(
                        "view_inactive: expected a 64-bit integer, got " + type(view_inactive_type_1).__name__
                    )

                return view_inactive_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            view_inactive_type_2 = data
            if not (view_inactive_type_2 is None):
                raise TypeError(
                    "view_inactive: expected the documented type, got " + type(view_inactive_type_2).__name__
                )

            return view_inactive_type_2

        view_inactive = _parse_view_inactive(d.pop("view_inactive", UNSET))

        def _parse_view_mine(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                view_mine_type_0 = data
                if not (isinstance(view_mine_type_0, str)):
                    raise TypeError("view_mine: expected a string, got " + type(view_mine_type_0).__name__)

                return view_mine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                view_mine_type_1 = data
                if not (
                    isinstance(view_mine_type_1, int)
                    and not isinstance(view_mine_type_1, bool)
                    and -(2**63) <= view_mine_type_1 < 2**63
                ):
                    raise TypeError("view_mine: expected a 64-bit integer, got " + type(view_mine_type_1).__name__)

                return view_mine_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            view_mine_type_2 = data
            if not (view_mine_type_2 is None):
                raise TypeError("view_mine: expected the documented type, got " + type(view_mine_type_2).__name__)

            return view_mine_type_2

        view_mine = _parse_view_mine(d.pop("view_mine", UNSET))

        def _parse_view_others(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                view_others_type_0 = data
                if not (isinstance(view_others_type_0, str)):
                    raise TypeError("view_others: expected a string, got " + type(view_others_type_0).__name__)

                return view_others_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                view_others_type_1 = data
                if not (
                    isinstance(view_others_type_1, int)
                    and not isinstance(view_others_type_1, bool)
                    and -(2**63) <= view_others_type_1 < 2**63
                ):
                    raise TypeError("view_others: expected a 64-bit integer, got " + type(view_others_type_1).__name__)

                return view_others_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            view_others_type_2 = data
            if not (view_others_type_2 is None):
                raise TypeError("view_others: expected the documented type, got " + type(view_others_type_2).__name__)

            return view_others_type_2

        view_others = _parse_view_others(d.pop("view_others", UNSET))

        def _parse_view_analysis(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                view_analysis_type_0 = data
                if not (isinstance(view_analysis_type_0, str)):
                    raise TypeError("view_analysis: expected a string, got " + type(view_analysis_type_0).__name__)

                return view_analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                view_analysis_type_1 = data
                if not (
                    isinstance(view_analysis_type_1, int)
                    and not isinstance(view_analysis_type_1, bool)
                    and -(2**63) <= view_analysis_type_1 < 2**63
                ):
                    raise TypeError(
                        "view_analysis: expected a 64-bit integer, got " + type(view_analysis_type_1).__name__
                    )

                return view_analysis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            view_analysis_type_2 = data
            if not (view_analysis_type_2 is None):
                raise TypeError(
                    "view_analysis: expected the documented type, got " + type(view_analysis_type_2).__name__
                )

            return view_analysis_type_2

        view_analysis = _parse_view_analysis(d.pop("view_analysis", UNSET))

        def _parse_view_production(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                view_production_type_0 = data
                if not (isinstance(view_production_type_0, str)):
                    raise TypeError("view_production: expected a string, got " + type(view_production_type_0).__name__)

                return view_production_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                view_production_type_1 = data
                if not (
                    isinstance(view_production_type_1, int)
                    and not isinstance(view_production_type_1, bool)
                    and -(2**63) <= view_production_type_1 < 2**63
                ):
                    raise TypeError(
                        "view_production: expected a 64-bit integer, got " + type(view_production_type_1).__name__
                    )

                return view_production_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            view_production_type_2 = data
            if not (view_production_type_2 is None):
                raise TypeError(
                    "view_production: expected the documented type, got " + type(view_production_type_2).__name__
                )

            return view_production_type_2

        view_production = _parse_view_production(d.pop("view_production", UNSET))

        _authorized = d.pop("authorized", UNSET)
        authorized: list[bool] | Unset = UNSET
        if _authorized is not UNSET:
            authorized = []
            for authorized_item_data in _authorized:
                authorized_item = authorized_item_data
                if not (isinstance(authorized_item, bool)):
                    raise TypeError("authorized_item: expected true or false, got " + type(authorized_item).__name__)

                authorized.append(authorized_item)

        _authorized_shifter = d.pop("authorized_shifter", UNSET)
        authorized_shifter: list[bool] | Unset = UNSET
        if _authorized_shifter is not UNSET:
            authorized_shifter = []
            for authorized_shifter_item_data in _authorized_shifter:
                authorized_shifter_item = authorized_shifter_item_data
                if not (isinstance(authorized_shifter_item, bool)):
                    raise TypeError(
                        "authorized_shifter_item: expected true or false, got " + type(authorized_shifter_item).__name__
                    )

                authorized_shifter.append(authorized_shifter_item)

        campaign_view_data = cls(
            watching=watching,
            view_active=view_active,
            view_inactive=view_inactive,
            view_mine=view_mine,
            view_others=view_others,
            view_analysis=view_analysis,
            view_production=view_production,
            authorized=authorized,
            authorized_shifter=authorized_shifter,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_view_data.additional_properties = additional_properties
        return campaign_view_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
