// Entry of the bpmn-js bundle (built by Designer/build.mjs into the ES module wwwroot/lib/bpmn/designer.js).
// Only the pages that draw or export a playbook import it (BpmnModule.cs); Blazor calls its exports through
// JS interop, and each diagram object is returned to .NET as a reference and destroyed by its component.
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import OnboardingElements from './onboarding-elements';

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

// The diagram as an SVG picture, in UTF-8 bytes: .NET reads them as a stream, since a picture is larger than one SignalR message may be.
async function svgBytes(diagram) {
  const { svg } = await diagram.saveSVG();
  return new TextEncoder().encode(svg);
}

async function openViewer(container, xml) {
  const diagram = new NavigatedViewer({ container });
  await diagram.importXML(xml);
  show(diagram.get('canvas'));
  return {
    saveSvg: () => svgBytes(diagram),
    destroy: () => diagram.destroy(),
  };
}

// Debounce of the change notifications sent to .NET while someone edits.
const CHANGE_DELAY_MS = 600;
const ERROR_MARKER = 'onboarding-error';
const ONBOARDING_NS = 'https://schemas.onboarding.app/bpmn/1.0';
const ONBOARDING_ATTRS = ['stage', 'role', 'dueBusinessDays', 'checklist', 'automation', 'parameters', 'form', 'gate'];

// A small description of the selected element for the properties panel (null: nothing or several selected).
function describe(element) {
  if (!element || !element.businessObject) return null;
  const bo = element.businessObject;
  const attributes = {};
  ONBOARDING_ATTRS.forEach(name => {
    const value = bo.get ? bo.get('onboarding:' + name) : undefined;
    const raw = value !== undefined && value !== null ? value : (bo.$attrs || {})['onboarding:' + name];
    if (raw !== undefined && raw !== null && raw !== '') attributes[name] = String(raw);
  });
  const description = { id: bo.id, type: bo.$type, name: bo.name || '', attributes };
  const timer = definitionOf(bo, 'bpmn:TimerEventDefinition');
  if (timer) {
    const kind = TIMER_KINDS.find(k => timer[TIMER_PROPERTY[k]]) || 'Duration';
    const expression = timer[TIMER_PROPERTY[kind]];
    description.timerKind = kind;
    description.timerExpression = expression && expression.body ? expression.body : '';
  }
  const message = definitionOf(bo, 'bpmn:MessageEventDefinition');
  if (message) {
    description.isMessage = true;
    description.message = message.messageRef && message.messageRef.name ? message.messageRef.name : '';
  }
  if (bo.$type === 'bpmn:SequenceFlow') {
    description.condition = bo.conditionExpression && bo.conditionExpression.body ? bo.conditionExpression.body : '';
    description.sourceType = bo.sourceRef ? bo.sourceRef.$type : '';
    description.isDefault = !!(bo.sourceRef && bo.sourceRef.default === bo);
  }
  return description;
}

const TIMER_KINDS = ['Duration', 'Date', 'Cycle'];
const TIMER_PROPERTY = { Duration: 'timeDuration', Date: 'timeDate', Cycle: 'timeCycle' };

function definitionOf(bo, type) {
  return (bo.eventDefinitions || []).find(d => d.$type === type) || null;
}

// Declares xmlns:onboarding on the definitions so that our attributes are written with their prefix.
function declareNamespace(modeler) {
  const definitions = modeler.getDefinitions();
  if (definitions && definitions.$attrs && !definitions.$attrs['xmlns:onboarding']) {
    definitions.$attrs['xmlns:onboarding'] = ONBOARDING_NS;
  }
}

// The modeler of the designer page: .NET hears of every change (debounced) with the current XML,
// and of Ctrl+S; it marks the elements with errors and selects the element of a finding.
async function openModeler(container, xml, dotNet) {
  const modeler = new Modeler({ container, additionalModules: [OnboardingElements] });
  await modeler.importXML(xml);
  const canvas = modeler.get('canvas');
  // The palette floats over the canvas's left edge: shift the diagram right so that it starts beside it.
  const palette = container.querySelector('.djs-palette');
  const paletteRight = palette ? palette.getBoundingClientRect().right - container.getBoundingClientRect().left : 0;
  show(canvas);
  if (paletteRight > 0) canvas.scroll({ dx: paletteRight, dy: 0 });
  const registry = modeler.get('elementRegistry');
  let selectedId = null;
  const reportSelection = element => {
    dotNet.invokeMethodAsync('OnSelectionChanged', element ? JSON.stringify(describe(element)) : null)
      .catch(e => console.warn('The designer could not report the selection', e));
  };
  modeler.on('selection.changed', ({ newSelection }) => {
    const element = newSelection && newSelection.length === 1 ? newSelection[0] : null;
    selectedId = element ? element.id : null;
    reportSelection(element);
  });
  // After an undo/redo or an applied change, the panel shows the element's current values.
  // (A flow's default switch lives on its source: any change refreshes the selected element's description.)
  modeler.on('elements.changed', () => {
    if (selectedId) reportSelection(registry.get(selectedId));
  });
  let timer = null;
  let marked = [];
  const notify = async () => {
    timer = null;
    try {
      const { xml: current } = await modeler.saveXML({ format: true });
      // As a stream: a playbook's XML is larger than one SignalR message may be.
      await dotNet.invokeMethodAsync('OnDiagramChanged', DotNet.createJSStreamReference(new TextEncoder().encode(current)));
    } catch (e) {
      console.warn('The designer could not report a change', e);
    }
  };
  modeler.on('commandStack.changed', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(notify, CHANGE_DELAY_MS);
  });
  const onKey = e => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'S')) {
      e.preventDefault();
      dotNet.invokeMethodAsync('OnSaveRequested');
    }
  };
  document.addEventListener('keydown', onKey);
  const handle = {
    saveSvg: () => svgBytes(modeler),
    markErrors: ids => {
      marked.forEach(id => { if (registry.get(id)) canvas.removeMarker(id, ERROR_MARKER); });
      marked = ids.filter(id => registry.get(id));
      marked.forEach(id => canvas.addMarker(id, ERROR_MARKER));
    },
    select: id => {
      const element = registry.get(id);
      if (!element) return false;
      modeler.get('selection').select(element);
      canvas.scrollToElement(element, { top: 80, bottom: 80, left: paletteRight + 40, right: 80 });
      return true;
    },
    // Applies the panel's changes through the modeler (undoable): keys 'name' or our attribute names; '' or null removes.
    applyProperties: (elementId, changes) => {
      const element = registry.get(elementId);
      if (!element) return false;
      declareNamespace(modeler);
      const properties = {};
      Object.entries(changes || {}).forEach(([key, value]) => {
        const empty = value === null || value === undefined || value === '';
        if (key === 'name') properties.name = empty ? undefined : value;
        else if (ONBOARDING_ATTRS.includes(key)) properties['onboarding:' + key] = empty ? undefined : String(value);
      });
      const modeling = modeler.get('modeling');
      const bpmnFactory = modeler.get('bpmnFactory');
      const bo = element.businessObject;
      const has = key => Object.prototype.hasOwnProperty.call(changes || {}, key);
      const text = key => (changes[key] === null || changes[key] === undefined) ? '' : String(changes[key]);
      let applied = false;
      if (Object.keys(properties).length > 0) {
        modeling.updateProperties(element, properties);
        applied = true;
      }
      const timer = definitionOf(bo, 'bpmn:TimerEventDefinition');
      if (timer && (has('timerKind') || has('timerExpression'))) {
        const current = TIMER_KINDS.find(k => timer[TIMER_PROPERTY[k]]) || 'Duration';
        const kind = TIMER_KINDS.includes(changes.timerKind) ? changes.timerKind : current;
        const currentExpression = timer[TIMER_PROPERTY[current]];
        const expression = has('timerExpression') ? text('timerExpression') : (currentExpression && currentExpression.body) || '';
        const update = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined };
        update[TIMER_PROPERTY[kind]] = bpmnFactory.create('bpmn:FormalExpression', { body: expression });
        modeling.updateModdleProperties(element, timer, update);
        applied = true;
      }
      const message = definitionOf(bo, 'bpmn:MessageEventDefinition');
      if (message && has('message')) {
        const name = text('message');
        let ref;
        if (name) {
          const definitions = modeler.getDefinitions();
          ref = (definitions.rootElements || []).find(e => e.$type === 'bpmn:Message' && e.name === name);
          if (!ref) {
            ref = bpmnFactory.create('bpmn:Message', { id: 'Message_' + name.replace(/[^A-Za-z0-9_]/g, '_'), name });
            ref.$parent = definitions;
            modeling.updateModdleProperties(element, definitions, { rootElements: [...(definitions.rootElements || []), ref] });
          }
        }
        modeling.updateModdleProperties(element, message, { messageRef: ref });
        applied = true;
      }
      if (bo.$type === 'bpmn:SequenceFlow') {
        if (has('condition')) {
          const body = text('condition');
          modeling.updateProperties(element, {
            conditionExpression: body ? bpmnFactory.create('bpmn:FormalExpression', { body, language: 'javascript' }) : undefined,
          });
          applied = true;
        }
        if (has('default') && element.source) {
          const makeDefault = text('default') === 'true';
          const isDefault = element.source.businessObject.default === bo;
          if (makeDefault !== isDefault) {
            modeling.updateProperties(element.source, { default: makeDefault ? bo : undefined });
            applied = true;
          }
        }
      }
      return applied;
    },
    destroy: () => {
      if (timer) clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
      if (window.onboardingBpmn.lastModeler === modeler) window.onboardingBpmn.lastModeler = null;
      modeler.destroy();
    },
  };
  // Test hook: browser tests edit the diagram through the modeler's API.
  window.onboardingBpmn.lastModeler = modeler;
  return handle;
}

// Test hook: browser tests reach the open modeler here.
window.onboardingBpmn = { lastModeler: null };

export const createViewer = (container, xml) => openViewer(container, xml);

export const createModeler = (container, xml, dotNet) => openModeler(container, xml, dotNet);

// Saves text as a file in the browser (export of a version's BPMN).
export function download(fileName, text, mimeType) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType || 'application/xml' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
