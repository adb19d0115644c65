"""Country pages: everything the programme has about one country, assembled from sections the apps contribute.

The portal core owns the page, its URL and its cache policy; it never imports the apps. An app declares
`country_page_sections` on its AppConfig (see `portal/extensions.py`) and `sections.country_page_sections`
collects what each one returns for the reader.
"""
