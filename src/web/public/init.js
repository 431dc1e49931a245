import { initAll as initGovuk } from '/javascripts/govuk-frontend.min.js';
import { initAll as initMoj } from '/javascripts/moj-frontend.min.js';

initGovuk();
initMoj();
