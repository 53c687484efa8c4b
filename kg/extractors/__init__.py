"""Entity extractors: one module per entity type, each yielding ``Mention`` records.

Every extractor is a function ``(Context) -> Iterator[Mention]``; ``EXTRACTORS``
lists them in the order the pipeline runs them (districts first: later rules
consult the districts already found).
"""

from kg.extractors.districts import extract_districts
from kg.extractors.industries import extract_industries
from kg.extractors.meetings import extract_meetings
from kg.extractors.officials import extract_officials
from kg.extractors.organizations import extract_organizations
from kg.extractors.project_frames import extract_project_frames
from kg.extractors.projects import extract_projects
from kg.extractors.strategies import extract_strategies

EXTRACTORS = (
    extract_districts,
    extract_officials,
    extract_meetings,
    extract_strategies,
    extract_projects,
    extract_project_frames,
    extract_organizations,
    extract_industries,
)
