#!/usr/bin/env bash
# Regenerates docs/coordinate-check.png, the coordinate check of muP, NTK and standard
# parameterization with their verdicts, from the tool's own output: it checks the three regime
# claims into a LaTeX report with --pdf and cuts the figure of the report's section "Coordinate
# check" (from its heading to the end of its caption) out of the page with pdftoppm.
#
#   docs/coordinate-check.sh [OUT.png] [-- more options for 'multilin check', e.g. --threads=1]
#
# Needs pdflatex (the report's PDF) and poppler's pdftotext and pdftoppm. The seeds are the
# tool's defaults, so a rerun draws the same points.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/coordinate-check.png"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  out="$1"
  shift
fi
[ "${1:-}" = "--" ] && shift
dpi=150
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# exit 0: every claim VERIFIED; the figure is made either way, and shows what the verdicts are
"$root/multilin" check "$@" --report="$work/report.tex" --pdf \
  "$root/claims/yang2021-mup-tanh-depth4-features-move.yaml" \
  "$root/claims/yang2021-ntk-tanh-depth4-lazy.yaml" \
  "$root/claims/yang2021-standard-fixed-lr-unstable.yaml" >&2 || [ $? -eq 1 ]

# The page of the heading "Coordinate check" (the caption says "Coordinate check:", with a colon)
# and the box, in points from the page's top left, from that heading to the caption's last word.
pdftotext -bbox "$work/report.pdf" "$work/words.html"
box="$(awk '
  function attr(name,   m) { match($0, name "=\"[^\"]*\""); return substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 }
  /<page / { page++; n = 0 }
  /<word / {
    w = $0; sub(/^.*">/, "", w); sub(/<\/word>.*$/, "", w)
    n++; word[n] = w; x0[n] = attr("xMin"); y0[n] = attr("yMin"); x1[n] = attr("xMax"); y1[n] = attr("yMax")
    if (!found && w == "check" && n > 1 && word[n - 1] == "Coordinate") { found = page; top = y0[n] }
    if (found == page && !bottom && w == "rising." && y0[n] > top) { bottom = y1[n]; last = n }
  }
  /<\/page>/ && found == page && bottom {
    left = 1e9; right = 0
    for (i = 1; i <= last; i++) if (y0[i] >= top - 2 && y1[i] <= bottom + 2) {
      if (x0[i] < left) left = x0[i]; if (x1[i] > right) right = x1[i]
    }
    printf "%d %f %f %f %f\n", page, left, top, right, bottom; exit
  }' "$work/words.html")"
if [ -z "$box" ]; then
  echo "coordinate-check.sh: no section 'Coordinate check' ending in 'rising.' found in the report" >&2
  exit 2
fi
read -r page left top right bottom <<<"$box"
# points to pixels at $dpi, with a margin of 8 points around the box
read -r x y w h < <(awk -v l="$left" -v t="$top" -v r="$right" -v b="$bottom" -v d="$dpi" \
  'BEGIN { s = d / 72; printf "%d %d %d %d\n", (l - 8) * s, (t - 8) * s, (r - l + 16) * s, (b - t + 16) * s }')
pdftoppm -png -r "$dpi" -f "$page" -l "$page" -x "$x" -y "$y" -W "$w" -H "$h" -singlefile \
  "$work/report.pdf" "${out%.png}"
echo "wrote $out (page $page of the report, ${w}x${h} pixels at $dpi dpi)" >&2
