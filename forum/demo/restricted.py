"""The restricted category's demo topic: anonymised, but only for verified caseworkers.

Its case code is unique on purpose: searching for it as an outsider must find nothing, anywhere.
"""

RESTRICTED_TOPIC = {
    "title": "Case GN-RST-0117: survivor recontacted by the recruitment network after return",
    "body": (
        "Anonymised case GN-RST-0117 (shared with the survivor's consent). A young woman identified as a "
        "victim of trafficking in Libya returned to Guinea four months ago. Last week the network that "
        "recruited her sent a relative to her family's home to ask for the rest of the 'travel debt'.\n\n"
        "We have moved her temporarily to a shelter. Has anyone organised a safe relocation to another "
        "region with continued reintegration support? How did you coordinate with the police without "
        "exposing her?"
    ),
    "replies": [
        "We handled a similar case in Senegal: the relocation was agreed with the anti-trafficking unit's focal "
        "point directly, not through the local station, and the reintegration budget followed her to the new region.",
        "Please make sure the family is also assessed for risk; in our case the network turned to a younger sister.",
        "Document every contact by the network in the case file (dates, who, what was said): prosecutors asked us for exactly that.",
    ],
}
