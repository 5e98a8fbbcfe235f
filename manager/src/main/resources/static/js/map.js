// The network map: devices grouped by subnet and room, coloured by state, drawn by Cytoscape (pan and zoom built
// in). Labels are drawn on a canvas, so device names are never parsed as HTML. A large fleet comes as one node per
// room of a subnet (or, with many rooms, per subnet), a pie of its online, offline and attention shares; selecting
// one loads what it stands for into it: a subnet's rooms, a room's devices.
(function () {
  'use strict';
  const json = url => fetch(url, {headers: {'Accept': 'application/json'}}).then(r => {
    if (!r.ok) { throw new Error('the map could not be loaded (' + r.status + ')'); }
    return r.json();
  });
  const share = key => node => (100 * node.data(key) / node.data('devices')) + '%';

  document.addEventListener('DOMContentLoaded', () => {
    const container = document.getElementById('map');
    if (!container || !window.cytoscape) { return; }
    json(container.dataset.graph).then(graph => {
      const dark = document.documentElement.dataset.bsTheme === 'dark';
      const text = dark ? '#e9ecef' : '#212529';
      const map = window.cytoscape({
        container: container,
        elements: graph.elements,
        wheelSensitivity: 0.3,
        style: [
          {selector: 'node', style: {'label': 'data(label)', 'font-size': 10, 'color': text,
            'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18}},
          {selector: 'node[state = "online"]', style: {'background-color': '#198754'}},
          {selector: 'node[state = "offline"]', style: {'background-color': '#dc3545'}},
          {selector: 'node[state = "attention"]', style: {'background-color': '#fd7e14'}},
          {selector: 'node[expand]', style: {'width': 42, 'height': 42, 'background-color': '#6c757d', 'pie-size': '100%',
            'pie-1-background-color': '#198754', 'pie-1-background-size': share('online'),
            'pie-2-background-color': '#dc3545', 'pie-2-background-size': share('offline'),
            'pie-3-background-color': '#fd7e14', 'pie-3-background-size': share('attention')}},
          {selector: ':parent', style: {'background-opacity': 0.08, 'background-color': '#0d6efd',
            'border-color': '#0d6efd', 'border-width': 1, 'text-valign': 'top', 'font-size': 12,
            'font-weight': 'bold', 'shape': 'round-rectangle', 'padding': 12}}
        ],
        layout: {name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false}
      });
      const ready = () => {
        container.dataset.nodes = String(map.nodes().length);
        container.dataset.devices = String(map.nodes('[href]').length);
      };
      map.on('tap', 'node[href]', event => { window.location.href = event.target.data('href'); });
      map.on('tap', 'node[expand]', event => {
        const group = event.target;
        const at = group.position();
        json(group.data('expand')).then(part => {
          group.removeData('expand');
          const added = map.add(part.elements);
          const side = Math.max(300, 70 * Math.ceil(Math.sqrt(added.length)));
          added.layout({name: 'grid', animate: false, avoidOverlapPadding: 12,
            boundingBox: {x1: at.x - side / 2, y1: at.y - side / 2, w: side, h: side}}).run();
          ready();
        }).catch(error => { container.dataset.error = error.message; });
      });
      container.dataset.grouped = String(graph.grouped);
      ready();
      container.dataset.ready = 'true';
    }).catch(error => { container.dataset.error = error.message; });
  });
})();
