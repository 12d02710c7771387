#!/bin/sh
# How clean.doc, tracked.doc and comment.doc were made (POI cannot write a Word 97 file from scratch):
# 1. save WordFixtures.clean(), withTrackedChanges() and withComment() as clean.docx, tracked.docx, comment.docx
#    with WordFixtures.bytes(...) (a throwaway test writing them to a folder);
# 2. convert them with LibreOffice 7.4 (Debian package libreoffice-writer-nogui), which keeps tables, header,
#    footer, footnote, comments and tracked changes:
set -e
cd "${1:-.}"
soffice --headless --convert-to 'doc:MS Word 97' --outdir . clean.docx tracked.docx comment.docx
