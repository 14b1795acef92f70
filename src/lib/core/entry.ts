/** A content entry as the pages and the checks see it: its id and its checked data. */
export interface Entry<T> {
	id: string;
	data: T;
}
