// A stylesheet imported as its address (`./x.css?url`): any address will do under jest.
module.exports = '/assets/stylesheet.css';
