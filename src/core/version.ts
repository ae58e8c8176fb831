/** The version of lede-elements, named in warnings when two copies meet on one page. */
export const VERSION = '0.1.0';
