import './silence-dep0111';
import * as restify from 'restify';

export { restify };
