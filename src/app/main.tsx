import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { startTabSync } from '../progress/tab-sync';
import { routes } from './routes';
import '../ui/theme.css';
import '../ui/base.css';
import './layout.css';

const router = createBrowserRouter(routes);
startTabSync();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
