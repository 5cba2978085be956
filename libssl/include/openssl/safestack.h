/*
 * safestack.h: the STACK_OF() spelling for typed stacks.
 *
 * Stacks are opaque.  The typed accessors (sk_X509_num() and friends, in
 * x509.h) are macros over the untyped OPENSSL_sk_* functions, as in
 * OpenSSL 3, checking the stack's type at compile time.
 */
#ifndef OPENSSL_SAFESTACK_H
#define OPENSSL_SAFESTACK_H

#ifdef __cplusplus
extern "C" {
#endif

/* STACK_OF(X509) names the opaque type "stack of X509". */
#define STACK_OF(type) struct stack_st_##type

/* The untyped stack all typed stacks are views of. */
typedef struct stack_st OPENSSL_STACK;

/* How a stack's elements are freed by OPENSSL_sk_pop_free(). */
typedef void (*OPENSSL_sk_freefunc)(void *);

/*
 * OPENSSL_sk_num returns the number of elements, or -1 for NULL.
 * OPENSSL_sk_value returns element |i|, or NULL when |st| is NULL or |i|
 * is out of range.  OPENSSL_sk_new_null makes an empty stack;
 * OPENSSL_sk_push appends |data| and returns the new number of elements
 * (0 on failure).  OPENSSL_sk_free frees the stack but not its elements;
 * OPENSSL_sk_pop_free first calls |func| on each element.
 */
int OPENSSL_sk_num(const OPENSSL_STACK *st);
void *OPENSSL_sk_value(const OPENSSL_STACK *st, int i);
OPENSSL_STACK *OPENSSL_sk_new_null(void);
int OPENSSL_sk_push(OPENSSL_STACK *st, const void *data);
void OPENSSL_sk_free(OPENSSL_STACK *st);
void OPENSSL_sk_pop_free(OPENSSL_STACK *st, OPENSSL_sk_freefunc func);

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_SAFESTACK_H */
