"""One section of docs/benchmarks.md that a bench script owns: the text between <!-- BEGIN name --> and
<!-- END name -->, replaced on each run, and added at the end of the page under its heading the first time."""
import re
from pathlib import Path


def replace(doc, name, heading, md):
    """Puts md (which starts with <!-- BEGIN name --> and ends with <!-- END name -->) into doc in place of the
    section's old text."""
    doc = Path(doc)
    begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
    text = doc.read_text() if doc.exists() else "# Benchmarks\n"
    if begin not in text:
        text += f"\n## {heading}\n\n{begin}\n{end}\n"
    doc.write_text(re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda m: md, text, flags=re.S))
