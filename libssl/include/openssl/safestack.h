/*
 * safestack.h: the STACK_OF() spelling for typed stacks.
 *
 * Stacks are opaque here.  No sk_* accessors are provided yet because the
 * library does not export OPENSSL_sk_*; STACK_OF(T) only names the type.
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

#ifdef __cplusplus
}
#endif

#endif /* OPENSSL_SAFESTACK_H */
