# Compiled by jinja2 from songlo_targets/templates/_unfinished.j2 for html (make docs); never edited.
# type: ignore
# ruff: noqa
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_unfinished.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0__ = resolve('_')
    l_0_t = l_0_parts = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    l_0_t = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'totals')
    context.vars['t'] = l_0_t
    context.exported_vars.add('t')
    l_0_parts = []
    context.vars['parts'] = l_0_parts
    context.exported_vars.add('parts')
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'in_progress'):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'append'), markup_join((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'in_progress'), ' đang thực hiện', )))
        context.vars['_'] = l_0__
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'blocked'):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'append'), markup_join((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'blocked'), ' vướng mắc', )))
        context.vars['_'] = l_0__
    if environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'not_started'):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='parts') if l_0_parts is missing else l_0_parts), 'append'), markup_join((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'not_started'), ' chưa triển khai', )))
        context.vars['_'] = l_0__
    yield 'Chưa hoàn thành '
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'unfinished')))
    yield ' chỉ tiêu, nhiệm vụ'
    if (undefined(name='parts') if l_0_parts is missing else l_0_parts):
        pass
        yield ' ('
        yield escape(environment.finalize(t_1(context.eval_ctx, (undefined(name='parts') if l_0_parts is missing else l_0_parts), ', ')))
        yield ')'
    yield '; '
    yield escape(environment.finalize(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'stale')))
    yield ' nhiệm vụ chậm cập nhật tiến độ (không có báo cáo từ kỳ tổng hợp trước).\n'

blocks = {}
debug_info = '2=20&3=23&4=26&5=30&6=34&7=39'
