"""`targets --root ROOT progress import --date DATE` of every filled form under FOLDER, as one
command (the glob a clerk's shell would expand). Exits 1 unless every row was recorded."""

import subprocess
import sys
from pathlib import Path

targets, root, folder, day = sys.argv[1:5]
forms = sorted(str(p) for p in Path(folder).rglob("*.xlsx"))
done = subprocess.run([targets, "--root", root, "progress", "import", "--date", day, *forms])
sys.exit(3 if done.returncode else 0)  # a refused import is a failed run, not a timing
