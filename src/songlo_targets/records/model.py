"""The records model (SPEC §3): pydantic models of the four file kinds.

Unknown keys are refused, keys and ids are checked, dates are strict ISO dates. Every constraint
is one pydantic itself checks (types, patterns, bounds): no Python runs per field, which keeps
reading a province fast. Records are validated from JSON text (``model_validate_json``), the one
form every reading hands over (SPEC §2: dates are ``YYYY-MM-DD`` text there). Text is NFC: the
reading normalises each file as a whole before anything is validated.

A record knows where it was read from (:meth:`Model.source`, worked out on first use from a side
table, :mod:`songlo_targets.records.source`); a task knows its year and unit, a unit its id. These
are kept beside the fields (in the instance's ``__dict__``, as ``functools.cached_property``
does, or in the one extra slot of a :class:`Nested` record), so pydantic neither validates nor
compares nor dumps them. Progress entries and evidence, most of a province's records, are
slotted pydantic dataclasses (:class:`Nested`): the same validation, a fifth of the memory.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic.dataclasses import dataclass as pydantic_dataclass

from songlo_targets.records.source import Source, source_of

KEY_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TASK_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"
TASK_REF_PATTERN = r"^([0-9]{4})/([a-z0-9]+(?:-[a-z0-9]+)*)/([A-Za-z0-9][A-Za-z0-9._-]{0,31})$"
KEY_RE = re.compile(KEY_PATTERN[1:-1])
TASK_ID_RE = re.compile(TASK_ID_PATTERN[1:-1])
TASK_REF_RE = re.compile(TASK_REF_PATTERN[1:-1])


@dataclass(frozen=True)
class Wording:
    """How the reading words a failed check of this type (kinds of ``read.validate``)."""

    pattern: str | None = None  # the text does not match the type's pattern
    number: str | None = None  # a number (or true/false) where text is expected


_TEXT = Wording(number="text")
Text = Annotated[str, _TEXT]
Title = Annotated[str, StringConstraints(pattern=r"\S"), Wording("empty", "text")]
Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN), Wording("key", "text")]
TaskId = Annotated[str, StringConstraints(pattern=TASK_ID_PATTERN),
                   Wording("task_id", "id_number")]
TaskRef = Annotated[str, StringConstraints(pattern=TASK_REF_PATTERN), Wording("task_ref")]
Date = dt.date
Number = float
NonNegative = Annotated[float, Field(ge=0)]
Share = Annotated[float, Field(ge=0, le=1)]
Percent = Annotated[float, Field(ge=0, le=100)]
Positive = Annotated[float, Field(gt=0)]
Quarter = Annotated[int, Field(ge=1, le=4)]


RECORD_CONFIG = ConfigDict(extra="forbid", strict=True, frozen=False, allow_inf_nan=False)


class Model(BaseModel):
    """A record read from a file: strict, closed, and aware of its source."""

    model_config = RECORD_CONFIG

    @property
    def source(self) -> Source:
        return source_of(self)

    def at(self, key: str | None = None) -> Source:
        """The position of ``key`` in this record's mapping, else of the mapping itself."""
        return self.source.at(key)


class Nested:
    """A record of which a province holds hundreds of thousands (a progress entry, a piece of
    evidence): the same pydantic validation as :class:`Model`, in a slotted dataclass
    (:func:`nested`), which takes a fifth of a model's memory (no ``__dict__``, no set of
    given fields) and validates faster. Its place in its file is its one extra slot."""

    __slots__ = ("_place",)

    @property
    def source(self) -> Source:
        return source_of(self)

    def at(self, key: str | None = None) -> Source:
        """The position of ``key`` in this record's mapping, else of the mapping itself."""
        return self.source.at(key)


_T = TypeVar("_T")


def nested(cls: type[_T]) -> type[_T]:
    """Make ``cls`` (a subclass of :class:`Nested`) a record: a pydantic dataclass."""
    return pydantic_dataclass(config=RECORD_CONFIG, slots=True, kw_only=True)(cls)  # type: ignore[return-value]


def is_record_type(kind: Any) -> bool:
    """Whether ``kind`` is a record class (a :class:`Model` or a :class:`Nested`)."""
    return isinstance(kind, type) and issubclass(kind, BaseModel | Nested)


def is_record(value: Any) -> bool:
    return isinstance(value, BaseModel | Nested)


def record_fields(kind: Any) -> dict[str, Any]:
    """The fields of a record class, by name (pydantic's ``FieldInfo``), in their order."""
    return kind.__pydantic_fields__  # type: ignore[no-any-return]


def dump(record: Any, by_alias: bool = False) -> Any:
    """A record as plain Python values (mappings, lists), nested records included."""
    return type(record).__pydantic_serializer__.to_python(record, by_alias=by_alias)


# §3.1 targets.yaml ---------------------------------------------------------------------------


class Organization(Model):
    name: Title
    superior: Text | None = None
    place: Text | None = None
    symbol: Text | None = None


class Named(Model):
    key: Key
    name: Title


class LevelWhen(Model):
    score: NonNegative | None = None  # total points at least this (§5.1)
    done: Share | None = None
    on_time: Share | None = None
    exceeded: Share | None = None
    done_below: Share | None = None
    late_at_most: Share | None = None  # share of tasks done late or overdue (§5)
    score_below: NonNegative | None = None  # total points below this (§5.1)

    def needs_score(self) -> bool:
        return self.score is not None or self.score_below is not None


class Level(Model):
    key: Key
    name: Title
    when: LevelWhen = Field(default_factory=LevelWhen)


class Quota(Model):
    level: Key
    at_most: Share
    of: Key
    within: Literal["group"] = "group"


class ScorePolicy(Model):
    """Points (§5.1): ``results`` from the tasks, ``criteria`` judged by people."""

    results: NonNegative = 100
    criteria: NonNegative = 0
    late_penalty: Share = 0
    defect_penalty: Share = 0


class RatingPolicy(Model):
    score: ScorePolicy | None = None
    levels: Annotated[list[Level], Field(min_length=1)]
    quota: Quota | None = None
    periods: Literal["yearly", "quarterly"] = "yearly"
    annual: Literal["tasks", "quarters"] = "tasks"  # how the year's score is built (§9)


DEFAULT_POLICY = RatingPolicy(
    levels=[
        Level(key="xuat-sac", name="Hoàn thành xuất sắc nhiệm vụ",
              when=LevelWhen(done=1.0, exceeded=0.5)),
        Level(key="tot", name="Hoàn thành tốt nhiệm vụ", when=LevelWhen(done=1.0, on_time=0.8)),
        Level(key="hoan-thanh", name="Hoàn thành nhiệm vụ", when=LevelWhen(done=0.7)),
        Level(key="khong-hoan-thanh", name="Không hoàn thành nhiệm vụ",
              when=LevelWhen(done_below=0.5)),
    ],
    quota=Quota(level="xuat-sac", at_most=0.2, of="tot", within="group"),
)


class Signer(Model):
    """Who signs the issued documents: ``T/M BAN THƯỜNG VỤ`` / ``PHÓ BÍ THƯ`` / a name."""

    on_behalf: Text | None = None
    title: Title
    name: Text | None = None


class Documents(Model):
    """What the rendered documents need to be issued (SPEC §3.1, §6.4)."""

    signer: Signer | None = None
    recipients: list[Title] = Field(default_factory=list)


class Config(Model):
    """``targets.yaml``."""

    schema_version: Literal[1] = Field(alias="schema")
    organization: Organization
    language: Literal["vi", "en"] = "vi"
    groups: list[Named] = Field(default_factory=list)
    categories: list[Named] = Field(default_factory=list)
    rating: RatingPolicy | None = None
    documents: Documents | None = None


# §3.2 units/<unit>.yaml -----------------------------------------------------------------------


class Head(Model):
    role: Key
    title: Title
    name: Text | None = None


class Active(Model):
    from_: Date | None = Field(default=None, alias="from")
    until: Date | None = None
    successor: Key | None = None


class HeadEvaluation(Model):
    computed: Key | None = None
    final: Key | None = None
    note: Text | None = None
    criteria: NonNegative | None = None


class QuarterEvaluation(Model):
    """The rating of one quarter (§9): ``computed`` by `evaluate --quarter N --write`, the
    Standing Committee's ``final`` with its decision, the criteria points judged for it, and
    the heads' ratings of the quarter under ``heads``."""

    computed: Key | None = None
    final: Key | None = None
    decision: Text | None = None
    date: Date | None = None
    note: Text | None = None
    criteria: NonNegative | None = None
    heads: dict[Key, HeadEvaluation] = Field(default_factory=dict)


class Evaluation(Model):
    computed: Key | None = None
    final: Key | None = None
    decision: Text | None = None
    date: Date | None = None
    note: Text | None = None
    criteria: NonNegative | None = None  # points judged by people (§5.1)
    quarters: dict[Quarter, QuarterEvaluation] = Field(default_factory=dict)
    heads: dict[Key, HeadEvaluation] = Field(default_factory=dict)


class Unit(Model):
    name: Title
    group: Key
    code: Text | None = None
    order: Annotated[int, Field(ge=0)] | None = None
    heads: list[Head] = Field(default_factory=list)
    active: Active | None = None
    reviewers: list[Text] = Field(default_factory=list)
    evaluations: dict[int, Evaluation] = Field(default_factory=dict)

    @property
    def id(self) -> str:
        """The unit's id: the name of its file (``units/<id>.yaml``)."""
        return self.__dict__.get("_id", "")  # type: ignore[no-any-return]

    def name_as(self, unit_id: str) -> None:
        self.__dict__["_id"] = unit_id

    def roles(self) -> list[str]:
        return [head.role for head in self.heads]

    def active_in(self, year: int) -> bool:
        """Whether the unit's active period (§3.2) meets the calendar year ``year``."""
        if self.active is None:
            return True
        start, end = self.active.from_, self.active.until
        return not ((start is not None and start > dt.date(year, 12, 31))
                    or (end is not None and end < dt.date(year, 1, 1)))


# people/<person>.yaml --------------------------------------------------------------------------


class Position(Model):
    """A head role held in a unit over a period (``until`` absent: held still)."""

    unit: Key
    role: Key
    from_: Date = Field(alias="from")
    until: Date | None = None
    decision: Text | None = None

    def covers(self, day: dt.date) -> bool:
        return self.from_ <= day and (self.until is None or day <= self.until)


class Person(Model):
    """``people/<person>.yaml``: a cadre's name and the positions held; nothing else is kept
    about a person (docs/privacy.md)."""

    name: Title
    positions: list[Position] = Field(default_factory=list)

    @property
    def id(self) -> str:
        """The person's id: the name of the file (``people/<id>.yaml``)."""
        return self.__dict__.get("_id", "")  # type: ignore[no-any-return]

    def name_as(self, person_id: str) -> None:
        self.__dict__["_id"] = person_id


# §3.3 targets/<year>/_year.yaml ---------------------------------------------------------------


class Assigned(Model):
    decision: Title
    date: Date


class Measure(Model):
    unit: Title
    target: NonNegative
    baseline: Number | None = None
    direction: Literal["up", "down"] = "up"


class Goal(Model):
    key: Key
    name: Title
    measure: Measure | None = None


class Supervisor(Model):
    key: Key
    name: Title
    title: Text | None = None
    units: list[Key] = Field(default_factory=list)


class YearMeta(Model):
    """``targets/<year>/_year.yaml``."""

    assigned: Assigned | None = None
    basis: list[Named] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    supervisors: list[Supervisor] = Field(default_factory=list)
    checkpoints: list[Date] = Field(default_factory=list)
    rating: RatingPolicy | None = None


# §3.4 targets/<year>/<unit>.yaml --------------------------------------------------------------


@nested
class Evidence(Nested):
    title: Title
    number: Text | None = None
    date: Date | None = None
    file: Text | None = None
    url: Text | None = None

    @property
    def identified(self) -> bool:
        """Whether it names a document (its number and date), a file or a link (§4.2)."""
        return bool((self.number and self.date) or self.file or self.url)


@nested
class Progress(Nested):
    date: Date
    status: Literal["not-started", "in-progress", "blocked", "done"]
    value: Number | None = None
    percent: Percent | None = None
    note: Text | None = None
    result: Text | None = None
    exceeded: bool = False
    quality: Literal["defective"] | None = None  # the result was judged defective (§5.1)
    evidence: list[Evidence] = Field(default_factory=list)


class Milestone(Model):
    """A quarterly product of a task that runs all year (§9): by ``date``, the cumulative
    ``target`` value (a target-type task) or the ``percent`` (a task); ``title`` names it."""

    date: Date
    target: NonNegative | None = None
    percent: Percent | None = None
    title: Text | None = None


class Dropped(Model):
    date: Date
    decision: Title
    reason: Text | None = None


class Former(Model):
    """The values of a task before an amendment (docs/reports.md: the appendix as assigned)."""

    title: Title | None = None
    owner: Key | None = None
    categories: list[Key] | None = None
    basis: Key | None = None
    deadline: Date | None = None
    target: NonNegative | None = None
    milestones: list[Milestone] | None = None


class Amendment(Model):
    date: Date
    decision: Title
    note: Text | None = None
    added: bool = False  # the task itself was added to the assigned year by this decision
    was: Former | None = None  # the values this amendment replaced


class Task(Model):
    id: TaskId
    title: Title
    type: Literal["task", "target"] = "task"
    owner: Key | None = None
    categories: list[Key] = Field(default_factory=list)
    basis: Key | None = None
    goal: Key | None = None
    deadline: Date
    supervisor: Key | None = None
    weight: Positive | None = None  # the task's share of the score (§5.1); absent = 1
    measure: Measure | None = None
    milestones: list[Milestone] = Field(default_factory=list)
    carried_from: TaskRef | None = None
    dropped: Dropped | None = None
    amendments: list[Amendment] = Field(default_factory=list)
    progress: list[Progress] = Field(default_factory=list)

    @property
    def year(self) -> int:
        """The year of the task's file (``targets/<year>/<unit>.yaml``)."""
        return self.__dict__.get("_year", 0)  # type: ignore[no-any-return]

    @property
    def unit(self) -> str:
        """The unit of the task's file."""
        return self.__dict__.get("_unit", "")  # type: ignore[no-any-return]

    def file_as(self, year: int, unit: str) -> None:
        """Set the year and unit of the file the task belongs to."""
        self.__dict__["_year"] = year
        self.__dict__["_unit"] = unit

    @property
    def ref(self) -> str:
        return f"{self.year}/{self.unit}/{self.id}"


def share_given_fields(tasks: list[Task], shared: dict[frozenset[str], set[str]]) -> None:
    """Let tasks share their sets of given fields.

    pydantic keeps, in every model, the set of the fields the input gave
    (``__pydantic_fields_set__``, 200–700 bytes each), for a few distinct sets: alike tasks get
    one set, kept in ``shared``. The tool reads neither ``model_fields_set`` nor
    ``exclude_unset``; ``model_copy`` copies the set before it changes it. (Progress entries
    and evidence, most of the records, are :class:`Nested`: they have no such set.)
    """
    def share(record: Model) -> None:
        given = record.__pydantic_fields_set__
        key = frozenset(given)
        found = shared.get(key)
        if found is None:
            shared[key] = found = given
        object.__setattr__(record, "__pydantic_fields_set__", found)

    for task in tasks:  # (progress entries and evidence are Nested: no such set)
        share(task)


class Tasks(Model):
    """``targets/<year>/<unit>.yaml``: the tasks of one unit in one year."""

    tasks: list[Task] | None = Field(default_factory=list)


class TaskFile(Model):
    """The envelope of ``targets/<year>/<unit>.yaml``; its tasks are validated one by one."""

    tasks: list[Any] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _tasks_is_a_list(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("tasks") is None and "tasks" in data:
            return {**data, "tasks": []}
        return data
