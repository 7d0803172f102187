// Entry of the bpmn-js bundle (built by Designer/build.mjs into wwwroot/lib/bpmn/designer.js).
// Blazor calls these through JS interop; each diagram object is returned to .NET as a reference
// and destroyed by the component that created it.
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

// Below this scale labels are unreadable: a long playbook opens at its start instead of fitted whole.
const READABLE_SCALE = 0.75;

function show(canvas) {
  const scale = canvas.zoom('fit-viewport', 'auto');
  if (scale >= READABLE_SCALE) return;
  const { inner, outer } = canvas.viewbox();
  const width = outer.width / READABLE_SCALE;
  const height = outer.height / READABLE_SCALE;
  canvas.viewbox({ x: inner.x - 20, y: inner.y + inner.height / 2 - height / 2, width, height });
}

async function open(DiagramType, container, xml) {
  const diagram = new DiagramType({ container });
  const { warnings } = await diagram.importXML(xml);
  show(diagram.get('canvas'));
  return {
    warnings: () => warnings.map(w => w.message),
    saveXml: async () => (await diagram.saveXML({ format: true })).xml,
    fit: () => show(diagram.get('canvas')),
    destroy: () => diagram.destroy(),
  };
}

window.onboardingBpmn = {
  createViewer: (container, xml) => open(NavigatedViewer, container, xml),
  createModeler: (container, xml) => open(Modeler, container, xml),
  // Saves text as a file in the browser (export of a version's BPMN).
  download: (fileName, text, mimeType) => {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType || 'application/xml' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  },
};
