import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import './styles.css';
import './styles/themes.css';
import './styles/library.css';
import './styles/issue.css';
import './styles/replica.css';
import './styles/article.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);
