/**
 * Runs in the page, handed to a page script as source (so it uses nothing from outside itself): the
 * texts of an SVG drawing that leave it or overlap one another, by their bounding boxes with a pixel
 * of tolerance. `drawing` names the drawing in the messages ("the gauge").
 */
export function svgTextProblems(
  svg: SVGSVGElement,
  texts: Array<{ element: Element; box: DOMRect }>,
  drawing: string
): string[] {
  const tolerance = 1;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const problems: string[] = [];
  for (const { element, box } of texts) {
    if (
      box.x < -tolerance ||
      box.y < -tolerance ||
      box.x + box.width > width + tolerance ||
      box.y + box.height > height + tolerance
    ) {
      problems.push(`"${element.textContent}" leaves ${drawing}`);
    }
  }
  const overlap = (a: DOMRect, b: DOMRect) =>
    a.x + tolerance < b.x + b.width &&
    b.x + tolerance < a.x + a.width &&
    a.y + tolerance < b.y + b.height &&
    b.y + tolerance < a.y + a.height;
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (overlap(texts[i].box, texts[j].box)) {
        problems.push(`"${texts[i].element.textContent}" overlaps "${texts[j].element.textContent}"`);
      }
    }
  }
  return problems;
}
