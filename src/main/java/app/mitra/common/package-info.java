/**
 * Shared pieces every module may use: storage (database selection, serialised writes), ids,
 * REST problem answers, pagination and the security headers of the web layer.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.mitra.common;
