"""The review desk: ``pat-lint serve``, a local web application for people who never open a
terminal.

Upload proposals, read the same report the HTML reporter gives, download the annotated Word
copy and the JSON, see every earlier review of the same proposal and what changed, and a
portfolio page with the charts. Modules: :mod:`.app` (the Starlette routes), :mod:`.security`
(CSRF, headers, size limits), :mod:`.uploads` (what an upload must be), :mod:`.review`
(running pat-lint on an upload), :mod:`.store` (the SQLite history), :mod:`.records` (a
stored report back as a :class:`~pat_lint.model.FileResult`). The web dependencies are the
``serve`` extra: ``pip install 'pat-lint[serve]'``.
"""
