// A blog whose posts are rendered on the client by React Router, as Docusaurus, Gatsby or a
// Next.js blog does: following a link replaces the post without loading a page. Each post holds
// a widget; React creates and removes the <verdict-widget> elements as the reader moves.
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router-dom';

function Blog() {
  return h('div', { className: 'blog' },
    h('nav', null, h(Link, { to: '/', id: 'to-frameworks' }, 'Frameworks'), ' · ',
      h(Link, { to: '/databases', id: 'to-databases' }, 'Databases')),
    h('main', null, h(Outlet)));
}

function Frameworks() {
  return h('article', null,
    h('h1', null, 'Django or Flask?'),
    h('p', null, 'Answer a few questions and the guide below recommends one.'),
    h('verdict-widget', { id: 'framework' }),
    h('p', null, 'Words after the widget.'));
}

function Databases() {
  return h('article', null,
    h('h1', null, 'SQLite or PostgreSQL?'),
    h('p', null, 'The same, for where your data lives.'),
    h('verdict-widget', { id: 'database', src: '/content/sqlite-vs-postgresql.json' }),
    h('p', null, 'Words after the widget.'));
}

const router = createBrowserRouter([
  { path: '/', element: h(Blog), children: [{ index: true, element: h(Frameworks) }, { path: 'databases', element: h(Databases) }] },
]);

createRoot(document.getElementById('app')).render(h(StrictMode, null, h(RouterProvider, { router })));
