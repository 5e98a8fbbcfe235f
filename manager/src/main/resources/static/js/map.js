// The network map: devices grouped by subnet and room, coloured by state, drawn by Cytoscape (pan and zoom built
// in). Labels are drawn on a canvas, so device names are never parsed as HTML.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', () => {
    const container = document.getElementById('map');
    if (!container || !window.cytoscape) { return; }
    fetch(container.dataset.graph, {headers: {'Accept': 'application/json'}}).then(r => r.json()).then(graph => {
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
          {selector: ':parent', style: {'background-opacity': 0.08, 'background-color': '#0d6efd',
            'border-color': '#0d6efd', 'border-width': 1, 'text-valign': 'top', 'font-size': 12,
            'font-weight': 'bold', 'shape': 'round-rectangle', 'padding': 12}}
        ],
        layout: {name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false}
      });
      map.on('tap', 'node[href]', event => { window.location.href = event.target.data('href'); });
      container.dataset.nodes = String(map.nodes().length);
      container.dataset.ready = 'true';
    });
  });
})();
