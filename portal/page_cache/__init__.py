"""The page cache: anonymous pages from the shared cache, invalidated exactly, never a private byte in it.

Key scheme (versioned keys, O(1) invalidation):

- A *scope* names something a page shows: `site` (the header, navigation, taxonomy, routing: every page),
  `page:<id>` (a Wagtail page and what it lists), `citations:<slug>` (forum topics citing a guideline),
  `pages` (any publication: country pages), `forum`, `forum-index`, `category:<slug>`, `topic:<id>`. Each scope
  has a version in the cache.
- A change sets a fresh random version on each scope it touches, after its transaction commits
  (`versions.bump`, called by the receivers in `invalidation`). Nothing is deleted or scanned.
- A request's *address* is host + path + language + its sorted query string. `pc:index:<address>` remembers
  which policy served it and which scopes the page depends on; the page itself lives at
  `pc:page:<hash(address, every scope=version)>`. A bumped scope changes the hash: the old entry is never
  read again and ages out by its TTL. Every HTML entry depends on `site`, so a page that now routes to
  another page (move, slug change) misses at once and records its new scopes.

What may be stored (`entries.may_store`): anonymous GET/HEAD without a session or messages cookie, a view the
policy registry (`policies.POLICIES`) names, status 200, no cookie set, no `private`/`no-store`, an unchanged
session and no queued message. A CSRF token in the page is stored as a placeholder and each visitor gets one
made from their own CSRF cookie; the CSP nonce is stored with the page and reused in its header.

Signed-in members are never served a stored page; the member-independent part of theirs (a guideline's
text, a comparison, a forum list) is shared per audience, same groups and permissions (`fragments.audience_fragment`).
"""

from .invalidation import everything_changed, topics_changed
from .policies import POLICIES, CachePolicy
from .versions import bump

__all__ = ["POLICIES", "CachePolicy", "bump", "everything_changed", "topics_changed"]
