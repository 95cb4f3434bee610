// Jest resolver: .cts sources import each other as './x.cjs' (how Node and tsc name the compiled
// CommonJS file). Resolve normally first, so packages' own .cjs files are untouched, and fall back
// to the .cts source only when no such .cjs exists.
module.exports = (request, options) => {
	try {
		return options.defaultResolver(request, options);
	} catch (error) {
		if (/^\.{1,2}\/.*\.cjs$/.test(request)) return options.defaultResolver(request.replace(/\.cjs$/, '.cts'), options);
		throw error;
	}
};
