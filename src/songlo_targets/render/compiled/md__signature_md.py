# Compiled by jinja2 from songlo_targets/templates/_signature.md.j2 for md (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_signature.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_issue = missing
    pass
    l_0_issue = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'issue')
    context.vars['issue'] = l_0_issue
    context.exported_vars.add('issue')
    yield '| | |\n|:---|:---:|\n| <u>Nơi nhận:</u>'
    l_1_loop = missing
    t_1 = 1
    for l_1_x, l_1_loop in LoopContext(environment.getattr((undefined(name='issue') if l_0_issue is missing else l_0_issue), 'recipients'), undefined):
        _loop_vars = {}
        pass
        yield '<br>\\- '
        yield str(environment.finalize(l_1_x))
        yield str(environment.finalize(('.' if environment.getattr(l_1_loop, 'last') else ',')))
        t_1 = 0
    l_1_loop = l_1_x = missing
    if t_1:
        pass
        yield '<br>\\- Lưu.'
    yield ' | '
    if environment.getattr((undefined(name='issue') if l_0_issue is missing else l_0_issue), 'signer'):
        pass
        if environment.getattr(environment.getattr((undefined(name='issue') if l_0_issue is missing else l_0_issue), 'signer'), 'on_behalf'):
            pass
            yield '**'
            yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='issue') if l_0_issue is missing else l_0_issue), 'signer'), 'on_behalf')))
            yield '**<br>'
        yield str(environment.finalize(environment.getattr(environment.getattr((undefined(name='issue') if l_0_issue is missing else l_0_issue), 'signer'), 'title')))
        yield '<br><br><br>**'
        yield str(environment.finalize((environment.getattr(environment.getattr((undefined(name='issue') if l_0_issue is missing else l_0_issue), 'signer'), 'name') or '')))
        yield '**'
    yield ' |\n'

blocks = {}
debug_info = '2=13&5=19'
