# Compiled by jinja2 from songlo_targets/templates/_patterns.html.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_patterns.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    pass
    yield '<svg class="patterns" width="0" height="0" aria-hidden="true"><defs>\n<pattern id="p-done-late" width="3" height="3" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="3" fill="#9ccc65"/><rect width="1.2" height="3" fill="#1b5e20"/></pattern>\n<pattern id="p-overdue" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="#c62828"/><path d="M0 0L4 4M4 0L0 4" stroke="#fff" stroke-width="0.9"/></pattern>\n</defs></svg>\n'

blocks = {}
debug_info = ''
