// The dashboard page's only script: defines the elements; <heard-dashboard> in index.html does the rest.
import { HeardDashboard } from './heard-dashboard.ts';

if (!customElements.get('heard-dashboard')) customElements.define('heard-dashboard', HeardDashboard);
